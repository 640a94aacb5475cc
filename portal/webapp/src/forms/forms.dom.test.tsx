import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { FormEvent } from "react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/problem";
import { setupI18n } from "../i18n";
import { ErrorSummary } from "./ErrorSummary";
import { TextField } from "./fields";
import { SubmitButton } from "./SubmitButton";
import { useSubmit } from "./useForm";

beforeAll(async () => {
  await setupI18n();
});
afterEach(cleanup);

function Form({ send }: { send: () => Promise<unknown> }) {
  const { submit, pending, errors } = useSubmit({ mutationFn: send });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(undefined);
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary model={errors} />
      <TextField path="identityDocument.number" label="Số giấy tờ" value="" onChange={() => undefined} error={errors?.fields[0]?.message} />
      <SubmitButton label="Gửi đăng ký" pending={pending} />
    </form>
  );
}

function renderForm(send: () => Promise<unknown>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <Form send={send} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("a submitting form", () => {
  it("sends one request however fast the clicks, and disables the button meanwhile", async () => {
    let finish: (v: unknown) => void = () => undefined;
    const send = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    renderForm(send);
    const button = screen.getByRole("button", { name: "Gửi đăng ký" });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest("form") as HTMLFormElement);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(button);
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => finish({}));
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("shows the server's field errors in a focused summary linking to the field, and next to it", async () => {
    const send = vi.fn(() =>
      Promise.reject(new ApiError(400, { type: "x", title: "The request has invalid fields", status: 400, errors: [{ field: "identityDocument.number", message: "must not be blank" }] })),
    );
    renderForm(send);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Gửi đăng ký" }));
    });
    const summary = await screen.findByRole("alert");
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole("heading", { name: "Có lỗi cần khắc phục" })).toBeTruthy();
    const link = screen.getByRole("link", { name: "Số giấy tờ: must not be blank" });
    expect(link.getAttribute("href")).toBe("#field-identityDocument-number");
    const input = screen.getByLabelText("Số giấy tờ");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("field-identityDocument-number-error");
    fireEvent.click(link);
    expect(document.activeElement).toBe(input);
  });
});
