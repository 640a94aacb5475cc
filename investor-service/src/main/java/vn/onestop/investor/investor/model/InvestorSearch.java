package vn.onestop.investor.investor.model;

/** Filters of the officials' investor list; a null filter matches everything. */
public record InvestorSearch(
        InvestorStatus status, InvestorType type, String country, String nameContains) {}
