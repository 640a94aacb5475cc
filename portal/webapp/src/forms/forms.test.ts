import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/problem";
import { errorModelOf, fromProblem, messageFor } from "./errorModel";
import { errorId, fieldId, labelKey } from "./fieldPath";

describe("fieldId", () => {
  it.each([
    ["legalName", "field-legalName"],
    ["identityDocument.number", "field-identityDocument-number"],
    ["registeredAddress.city", "field-registeredAddress-city"],
    ["location.park", "field-location-park"],
    ["totalCapital.amount", "field-totalCapital-amount"],
    ["documents.LAND_USE", "field-documents-LAND_USE"],
    ["reasons[2].document", "field-reasons-2-document"],
  ])("maps %s to %s", (path, id) => {
    expect(fieldId(path)).toBe(id);
  });

  it("never produces an invalid id", () => {
    expect(fieldId("")).toBe("field");
    expect(fieldId("a b/c")).toBe("field-a-b-c");
  });

  it("derives error ids and label keys from the same path", () => {
    expect(errorId("location.park")).toBe("field-location-park-error");
    expect(labelKey("identityDocument.number")).toBe("identityDocument_number");
  });
});

describe("problem → error model", () => {
  const validation = {
    type: "urn:onestop:problem:validation-failed",
    title: "The request has invalid fields",
    status: 400,
    detail: "2 fields are invalid",
    errors: [
      { field: "legalName", message: "must not be blank" },
      { field: "identityDocument.number", message: "must match \"[A-Za-z0-9-]*\"" },
    ],
  };

  it("lists every field error with a link to its input", () => {
    const model = fromProblem(toProblem(validation, 400));
    expect(model.kind).toBe("fields");
    expect(model.fields).toEqual([
      { field: "legalName", message: "must not be blank", href: "#field-legalName" },
      { field: "identityDocument.number", message: "must match \"[A-Za-z0-9-]*\"", href: "#field-identityDocument-number" },
    ]);
    expect(messageFor(model, "legalName")).toBe("must not be blank");
    expect(messageFor(model, "contactEmail")).toBeUndefined();
  });

  it("links to another page when asked", () => {
    const model = fromProblem(toProblem(validation, 422), (f) => `/elsewhere#${f}`);
    expect(model.fields[0]?.href).toBe("/elsewhere#legalName");
  });

  it("keeps title and detail of a problem without errors", () => {
    const model = fromProblem(toProblem({ type: "urn:onestop:problem:conflict", title: "Conflict", status: 409, detail: "Application HTP-1 was already submitted" }, 409));
    expect(model).toMatchObject({ kind: "problem", status: 409, title: "Conflict", detail: "Application HTP-1 was already submitted", fields: [] });
  });

  it("survives bodies that are not problems", () => {
    expect(toProblem("<html>Bad gateway</html>", 502)).toEqual({ type: "about:blank", title: "", status: 502 });
    expect(toProblem({ errors: [{ field: 1 }, "x"] }, 400).errors).toEqual([{ field: "", message: "" }]);
  });

  it("models a network failure and no failure", () => {
    expect(errorModelOf(new TypeError("Failed to fetch"))?.kind).toBe("network");
    expect(errorModelOf(null)).toBeNull();
    expect(errorModelOf(new ApiError(415, { type: "x", title: "Unsupported", status: 415, detail: "Only PDF files are accepted" }))?.detail).toBe("Only PDF files are accepted");
  });
});
