package vn.onestop.licensing.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a supervisor hands a task to (the official's subject). */
@Schema(name = "AssigneeRequest")
public record AssigneeRequest(@NotBlank @Size(max = 255) String assignee) {}
