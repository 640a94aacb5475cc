package vn.onestop.investor.investor.model;

/**
 * What an investor declares about themselves: the editable part of an investor record. {@code
 * legalRepresentative} is present for organisations only.
 */
public record InvestorProfile(
        InvestorType type,
        String legalName,
        String country,
        IdentityDocument identityDocument,
        Address registeredAddress,
        String contactEmail,
        String contactPhone,
        LegalRepresentative legalRepresentative) {}
