package kz.bagalau.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * The authorized person's order forming the evaluation commission («бағалау комиссиясы» / «комиссия по оценке»,
 * 000 §5): one version of the composition. Members are replaced only by an amending order (000 §31), which is a
 * new version pointing at the one it amends; a meeting keeps the version it was convened with.
 */
@Entity
public class CommissionOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String orderNo;
    private LocalDate orderDate;
    private Long amendsOrderId;
    private String recordedBy;
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commission_member", joinColumns = @JoinColumn(name = "order_id"))
    private List<CommissionMember> members = new ArrayList<>();

    protected CommissionOrder() {
    }

    CommissionOrder(String organisationCode, String orderNo, LocalDate orderDate, Long amendsOrderId,
                    List<CommissionMember> members, String recordedBy, Instant recordedAt) {
        this.organisationCode = organisationCode;
        this.orderNo = orderNo;
        this.orderDate = orderDate;
        this.amendsOrderId = amendsOrderId;
        this.members = new ArrayList<>(members);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The chair and the members: those who vote and count for the quorum (000 §30, §33). */
    public List<String> votingMembers() {
        return members.stream().filter(m -> m.getRole().votes()).map(CommissionMember::getServantLogin).toList();
    }

    public String chair() {
        return only(CommissionRole.CHAIR);
    }

    public String secretary() {
        return only(CommissionRole.SECRETARY);
    }

    public Optional<CommissionRole> roleOf(String login) {
        return members.stream().filter(m -> m.getServantLogin().equals(login)).map(CommissionMember::getRole).findFirst();
    }

    private String only(CommissionRole role) {
        return members.stream().filter(m -> m.getRole() == role).map(CommissionMember::getServantLogin).findFirst()
                .orElseThrow();
    }

    public Long getId() { return id; }
    public String getOrganisationCode() { return organisationCode; }
    public String getOrderNo() { return orderNo; }
    public LocalDate getOrderDate() { return orderDate; }
    public Long getAmendsOrderId() { return amendsOrderId; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<CommissionMember> getMembers() { return List.copyOf(members); }
}
