package vn.onestop.licensing.task.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** An official's task with the case it belongs to. */
public record CaseTask(
        String id,
        CaseStage stage,
        String name,
        UUID applicationId,
        String reference,
        String projectName,
        String investorName,
        EnvironmentalCategory environmentalCategory,
        String assignee,
        List<String> candidateGroups,
        Instant createdAt,
        Instant dueAt,
        boolean overdue) {}
