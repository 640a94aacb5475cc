package vn.onestop.licensing.application.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * What the investor declares about the project: the editable part of an application. A draft may
 * leave any of it out (null); {@link DossierRequirements#missing} says what a submission still
 * needs.
 */
public record ProjectDetails(
        String projectName,
        String objectives,
        String sectorCode,
        String park,
        String zone,
        BigDecimal landAreaM2,
        Money totalCapital,
        LocalDate constructionStart,
        LocalDate operationStart,
        Integer expectedEmployees,
        EnvironmentalCategory environmentalCategory) {}
