package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Servants are Camunda users whose groups follow their roles in the organisation model. */
@BagalauBootTest
@Transactional
class IdentitySyncTests {

    @Autowired OrganisationModel model;
    @Autowired IdentitySync sync;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;

    @Test
    void hiringCreatesACamundaUserInTheOrganisationGroup() {
        var f = OrgFixture.create(model, "id-a", Edition.KZ_2025);
        var user = identityService.createUserQuery().userId(f.spec1).singleResult();
        assertThat(user).isNotNull();
        assertThat(user.getEmail()).isEqualTo(f.spec1 + "@test.kz");
        assertThat(user.getLastName() + " " + user.getFirstName()).isEqualTo(f.spec1 + " Тестұлы");
        assertThat(sync.groupsOf(f.spec1)).containsExactly("org-id-a");
    }

    @Test
    void hrAndTheAuthorizedPersonGetTheirRoleGroups() {
        var f = OrgFixture.create(model, "id-b", Edition.KZ_2025);
        assertThat(sync.groupsOf(f.hr)).containsExactlyInAnyOrder("org-id-b", Groups.HR, "hr-id-b");
        assertThat(sync.groupsOf(f.authorized)).containsExactlyInAnyOrder("org-id-b", Groups.AUTHORIZED_PERSON);
    }

    @Test
    void aNewAuthorizedPersonTakesTheGroupFromThePreviousOne() {
        var f = OrgFixture.create(model, "id-c", Edition.KZ_2025);
        model.setAuthorizedPerson(f.code, f.head);
        assertThat(sync.groupsOf(f.head)).contains(Groups.AUTHORIZED_PERSON);
        assertThat(sync.groupsOf(f.authorized)).doesNotContain(Groups.AUTHORIZED_PERSON);
    }

    @Test
    void aDismissedServantKeepsTheUserButLosesEveryGroup() {
        var f = OrgFixture.create(model, "id-d", Edition.KZ_2025);
        model.dismiss(f.hr, LocalDate.of(2026, 3, 1));
        assertThat(identityService.createUserQuery().userId(f.hr).count()).isEqualTo(1);
        assertThat(sync.groupsOf(f.hr)).isEmpty();
    }

    @Test
    void theOrganisationGroupMayUseTasklistButNotCockpit() {
        OrgFixture.create(model, "id-e", Edition.KZ_2025);
        assertThat(authorizationService.isUserAuthorized("nobody", java.util.List.of("org-id-e"),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("nobody", java.util.List.of("org-id-e"),
                Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    }

    @Test
    void aPasswordSetByHrLetsTheServantLogIn() {
        var f = OrgFixture.create(model, "id-f", Edition.KZ_2025);
        sync.setPassword(f.spec2, "s3cret-Pass");
        assertThat(identityService.checkPassword(f.spec2, "s3cret-Pass")).isTrue();
    }

    @Test
    void aFullResyncRestoresAMembershipRemovedByHand() {
        var f = OrgFixture.create(model, "id-g", Edition.KZ_2025);
        identityService.deleteMembership(f.spec1, "org-id-g");
        sync.syncAll();
        assertThat(sync.groupsOf(f.spec1)).containsExactly("org-id-g");
    }

    @Test
    void aFullResyncRebuildsWhatARestoredDatabaseLacksAndLeavesOtherGroupsAlone() {
        var f = OrgFixture.create(model, "id-h", Edition.KZ_2025);
        identityService.deleteUser(f.hr); // e.g. a database restored from before the hiring
        identityService.deleteMembership(f.spec1, "org-id-h");
        identityService.createMembership(f.spec2, "hr-id-h"); // a managed group the roles do not give
        identityService.saveGroup(identityService.newGroup("id-h-reviewers"));
        identityService.createMembership(f.spec2, "id-h-reviewers"); // a group an administrator keeps by hand

        sync.syncAll();

        assertThat(identityService.createUserQuery().userId(f.hr).singleResult().getEmail()).isEqualTo(f.hr + "@test.kz");
        assertThat(sync.groupsOf(f.hr)).containsExactlyInAnyOrder("org-id-h", Groups.HR, "hr-id-h");
        assertThat(sync.groupsOf(f.spec1)).containsExactly("org-id-h");
        assertThat(sync.groupsOf(f.spec2)).containsExactlyInAnyOrder("org-id-h", "id-h-reviewers");
    }

    @Test
    void aFullResyncOfAnUnchangedModelWritesNothing() {
        var f = OrgFixture.create(model, "id-i", Edition.KZ_2025);
        sync.syncAll();
        int revision = revisionOf(f.spec1);

        sync.syncAll(); // what every restart does

        assertThat(revisionOf(f.spec1)).as("no update of an unchanged user").isEqualTo(revision);
        assertThat(sync.groupsOf(f.spec1)).containsExactly("org-id-i");
    }

    int revisionOf(String login) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identityService.createUserQuery()
                .userId(login).singleResult()).getRevision();
    }
}
