package vn.onestop.investor.investor.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.investor.investor.model.InvestorStatus;
import vn.onestop.investor.investor.model.InvestorType;

/** What other services of the suite need to know about an investor before acting for them. */
@Schema(name = "InvestorStatus")
public record InvestorStatusResponse(
        UUID id,
        InvestorStatus status,
        InvestorType type,
        String legalName,
        String country,
        @Schema(description = "Issuer of the owning account's tokens") String ownerIssuer,
        @Schema(description = "Subject of the owning account") String ownerSubject,
        @Schema(description = "Where the suite's notifications to this investor are e-mailed")
                String contactEmail) {}
