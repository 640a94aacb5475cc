package vn.onestop.investor.investor.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.investor.investor.model.InvestorStatus;
import vn.onestop.investor.investor.model.InvestorType;

/** What other services of the suite need to know about an investor before acting for them. */
// "InvestorStatus" is the enum's schema; this name keeps generated clients free of
// "InvestorStatus1".
@Schema(name = "InvestorStanding")
public record InvestorStatusResponse(
        UUID id,
        InvestorStatus status,
        InvestorType type,
        @Schema(example = "Công ty TNHH Sao Mai Semiconductor") String legalName,
        @Schema(example = "VN") String country,
        @Schema(
                        description = "Issuer of the owning account's tokens",
                        example = "https://sso.example.vn/realms/licensing")
                String ownerIssuer,
        @Schema(
                        description = "Subject of the owning account",
                        example = "4b7e1a52-8f0c-4d7e-9a33-2c5d6e7f8a90")
                String ownerSubject,
        @Schema(
                        description =
                                "Where the suite's notifications to this investor are e-mailed",
                        example = "legal@saomai.example.vn")
                String contactEmail) {}
