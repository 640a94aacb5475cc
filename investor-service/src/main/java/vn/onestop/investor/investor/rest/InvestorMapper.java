package vn.onestop.investor.investor.rest;

import vn.onestop.investor.investor.model.Address;
import vn.onestop.investor.investor.model.IdentityDocument;
import vn.onestop.investor.investor.model.Investor;
import vn.onestop.investor.investor.model.InvestorProfile;
import vn.onestop.investor.investor.model.LegalRepresentative;

/** Between the API's records and the investor model; entities never reach the wire. */
final class InvestorMapper {

    private InvestorMapper() {}

    static InvestorProfile toProfile(InvestorRequest request) {
        IdentityDocumentDto document = request.identityDocument();
        AddressDto address = request.registeredAddress();
        LegalRepresentativeDto representative = request.legalRepresentative();
        return new InvestorProfile(
                request.type(),
                request.legalName(),
                request.country(),
                document == null
                        ? null
                        : new IdentityDocument(
                                document.type(),
                                document.number(),
                                document.issuingCountry(),
                                document.expiresOn()),
                address == null
                        ? null
                        : new Address(
                                address.street(),
                                address.city(),
                                address.postalCode(),
                                address.country()),
                request.contactEmail(),
                request.contactPhone(),
                representative == null
                        ? null
                        : new LegalRepresentative(
                                representative.fullName(),
                                representative.position(),
                                representative.nationality()));
    }

    static InvestorResponse toResponse(Investor investor) {
        InvestorProfile profile = investor.profile();
        IdentityDocument document = profile.identityDocument();
        Address address = profile.registeredAddress();
        LegalRepresentative representative = profile.legalRepresentative();
        return new InvestorResponse(
                investor.id(),
                profile.type(),
                profile.legalName(),
                profile.country(),
                new IdentityDocumentDto(
                        document.type(),
                        document.number(),
                        document.issuingCountry(),
                        document.expiresOn()),
                new AddressDto(
                        address.street(), address.city(), address.postalCode(), address.country()),
                profile.contactEmail(),
                profile.contactPhone(),
                representative == null
                        ? null
                        : new LegalRepresentativeDto(
                                representative.fullName(),
                                representative.position(),
                                representative.nationality()),
                investor.status(),
                investor.statusReason(),
                investor.statusChangedAt(),
                investor.createdAt(),
                investor.updatedAt(),
                investor.version());
    }

    static InvestorStatusResponse toStatus(Investor investor) {
        InvestorProfile profile = investor.profile();
        return new InvestorStatusResponse(
                investor.id(),
                investor.status(),
                profile.type(),
                profile.legalName(),
                profile.country(),
                investor.owner().issuer(),
                investor.owner().subject(),
                profile.contactEmail());
    }
}
