package kz.bagalau.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person named in a commission order, with their role. */
@Embeddable
public class CommissionMember {

    private String servantLogin;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role")
    private CommissionRole role;

    protected CommissionMember() {
    }

    CommissionMember(String servantLogin, CommissionRole role) {
        this.servantLogin = servantLogin;
        this.role = role;
    }

    public String getServantLogin() { return servantLogin; }
    public CommissionRole getRole() { return role; }
}
