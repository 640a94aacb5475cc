package vn.onestop.licensing.licence.pdf;

import java.time.LocalDate;

/** What the Investment Registration Certificate states, already formatted for print. */
public record LicenceContent(
        String authorityVi,
        String authorityEn,
        String certificateNumber,
        LocalDate issuedOn,
        String investorName,
        String projectName,
        String objectives,
        String location,
        String capital,
        String landArea,
        String schedule,
        String expectedEmployees,
        String applicationReference,
        String approval,
        String verificationUrl) {}
