import { describe, expect, it } from "vitest";
import { createLimits } from "./limits";
import { refuseTooManySignIns } from "./sign-in-limit";

const attempt = (email: string, address: string, path = "/api/auth/callback/credentials") =>
  new Request(`http://h:3000${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams({ email, password: "x", csrfToken: "t" }),
  });

describe("sign-in rate limits", () => {
  it("refuses the 11th password attempt for one email within a minute, whatever the address", async () => {
    const limits = createLimits({ SIGNIN_LIMIT_PER_MINUTE: 10, JOIN_LIMIT_PER_MINUTE: 60 }, () => 0);
    for (let i = 0; i < 10; i += 1) expect(await refuseTooManySignIns(attempt("a@example.org", `10.0.0.${i}`), limits)).toBeNull();
    const refused = await refuseTooManySignIns(attempt("A@example.org", "10.0.1.1"), limits);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("retry-after")).toBe("60");
    expect(await refused?.json()).toMatchObject({ error: "RateLimited", url: "http://h:3000/login?error=RateLimited" });
    expect(await refuseTooManySignIns(attempt("b@example.org", "10.0.1.1"), limits)).toBeNull();
  });

  it("refuses an address after three emails' worth of attempts, and leaves other next-auth routes alone", async () => {
    const limits = createLimits({ SIGNIN_LIMIT_PER_MINUTE: 2, JOIN_LIMIT_PER_MINUTE: 60 }, () => 0);
    for (let i = 0; i < 6; i += 1) expect(await refuseTooManySignIns(attempt(`u${i}@example.org`, "10.9.9.9"), limits)).toBeNull();
    expect((await refuseTooManySignIns(attempt("u9@example.org", "10.9.9.9"), limits))?.status).toBe(429);
    expect(await refuseTooManySignIns(attempt("u9@example.org", "10.9.9.9", "/api/auth/callback/oidc"), limits)).toBeNull();
    expect(await refuseTooManySignIns(new Request("http://h:3000/api/auth/session"), limits)).toBeNull();
    // The body stays readable for next-auth after the check.
    const request = attempt("z@example.org", "10.1.1.1");
    await refuseTooManySignIns(request, limits);
    expect((await request.formData()).get("email")).toBe("z@example.org");
  });

  it("sends at most three sign-in links per email in ten minutes", async () => {
    const limits = createLimits({ SIGNIN_LIMIT_PER_MINUTE: 10, JOIN_LIMIT_PER_MINUTE: 60 }, () => 0);
    for (let i = 0; i < 3; i += 1) expect(await refuseTooManySignIns(attempt("l@example.org", `10.2.0.${i}`, "/api/auth/signin/email"), limits)).toBeNull();
    expect((await refuseTooManySignIns(attempt("l@example.org", "10.2.0.9", "/api/auth/signin/email"), limits))?.status).toBe(429);
  });
});
