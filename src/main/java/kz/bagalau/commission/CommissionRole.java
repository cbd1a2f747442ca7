package kz.bagalau.commission;

/** A place in the commission (000 §5, §34): the chair and the members vote; the secretary, from HR, does not. */
public enum CommissionRole {
    CHAIR, MEMBER, SECRETARY;

    public boolean votes() {
        return this != SECRETARY;
    }
}
