package vn.onestop.investor.investor.model;

/** Whether the investor is a natural person or a legal entity. */
public enum InvestorType {
    INDIVIDUAL,
    ORGANIZATION
}
