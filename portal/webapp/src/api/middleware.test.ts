import { describe, expect, it, vi } from "vitest";
import { inLanguage, loginUrl, requestedWith, sessionExpiry, type SessionExpiryEffects } from "./middleware";
import { discardUnsaved, peekUnsaved, preserveUnsaved, registerUnsaved } from "./unsaved";

type OnResponse = NonNullable<ReturnType<typeof sessionExpiry>["onResponse"]>;
type OnRequest = NonNullable<typeof requestedWith.onRequest>;

function respond(middleware: ReturnType<typeof sessionExpiry>, status: number) {
  const onResponse = middleware.onResponse as OnResponse;
  const request = new Request("http://localhost:5173/api/licensing/applications");
  const response = new Response(JSON.stringify({ title: "Authentication is required", status }), { status });
  return onResponse({ request, response, schemaPath: "/applications", params: {}, id: "1", options: {} as Parameters<OnResponse>[0]["options"] });
}

function effects(path = "/applications/42/tasks/project?x=1") {
  const fx = { preserve: vi.fn<() => void>(), navigate: vi.fn<(url: string) => void>(), currentPath: () => path };
  const typed: SessionExpiryEffects = fx;
  return Object.assign(typed, fx);
}

describe("requestedWith", () => {
  it("adds X-Requested-With to every request", async () => {
    const request = new Request("http://localhost:5173/api/investor/investors", { method: "POST" });
    const onRequest = requestedWith.onRequest as OnRequest;
    const result = await onRequest({ request, schemaPath: "/investors", params: {}, id: "1", options: {} as Parameters<OnRequest>[0]["options"] });
    expect((result as Request).headers.get("X-Requested-With")).toBe("onestop-portal");
  });
});

describe("inLanguage", () => {
  it("asks for the page's language, Vietnamese unless English was chosen", async () => {
    let lang = "en";
    const onRequest = inLanguage(() => lang).onRequest as OnRequest;
    const ask = async () => {
      const request = new Request("http://localhost:5173/api/investor/investors", { headers: { "Accept-Language": "de-DE" } });
      const result = await onRequest({ request, schemaPath: "/investors", params: {}, id: "1", options: {} as Parameters<OnRequest>[0]["options"] });
      return (result as Request).headers.get("Accept-Language");
    };
    expect(await ask()).toBe("en");
    lang = "vi";
    expect(await ask()).toBe("vi");
    lang = "fr";
    expect(await ask()).toBe("vi");
  });
});

describe("sessionExpiry", () => {
  it("saves the unsaved input and signs in again, returning to the same page, on 401", async () => {
    const fx = effects();
    await respond(sessionExpiry(fx), 401);
    expect(fx.preserve).toHaveBeenCalledOnce();
    expect(fx.navigate).toHaveBeenCalledWith("/login?return=%2Fapplications%2F42%2Ftasks%2Fproject%3Fx%3D1");
    expect(fx.preserve.mock.invocationCallOrder[0]).toBeLessThan(fx.navigate.mock.invocationCallOrder[0] ?? 0);
  });

  it("navigates once when several calls fail together", async () => {
    const fx = effects();
    const middleware = sessionExpiry(fx);
    await respond(middleware, 401);
    await respond(middleware, 401);
    expect(fx.navigate).toHaveBeenCalledOnce();
  });

  it("leaves other statuses alone", async () => {
    const fx = effects();
    const middleware = sessionExpiry(fx);
    for (const status of [200, 403, 404, 412, 422, 500]) {
      await respond(middleware, status);
    }
    expect(fx.navigate).not.toHaveBeenCalled();
    expect(fx.preserve).not.toHaveBeenCalled();
  });

  it("builds the login URL with the return path encoded", () => {
    expect(loginUrl("/dashboard")).toBe("/login?return=%2Fdashboard");
  });
});

describe("unsaved input", () => {
  it("is written per page by preserve and read back on return", () => {
    const unregister = registerUnsaved("/investor/register", () => ({ legalName: "Công ty Sao Mai" }));
    const clean = registerUnsaved("/investor/profile/edit", () => null);
    preserveUnsaved();
    expect(peekUnsaved("/investor/register")).toEqual({ legalName: "Công ty Sao Mai" });
    expect(peekUnsaved("/investor/profile/edit")).toBeNull();
    discardUnsaved("/investor/register");
    expect(peekUnsaved("/investor/register")).toBeNull();
    unregister();
    clean();
  });

  it("ignores what is not a map of strings", () => {
    sessionStorage.setItem("onestop.unsaved:/x", "[1,2]");
    expect(peekUnsaved("/x")).toBeNull();
    sessionStorage.setItem("onestop.unsaved:/y", '{"a":"1","b":2}');
    expect(peekUnsaved("/y")).toEqual({ a: "1" });
  });
});
