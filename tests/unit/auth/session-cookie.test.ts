import { describe, expect, it } from "vitest";
import { isLoopbackHost, isSecureCookie, readCookie, requestOrigin, sessionCookieHeader, wouldDropSecureCookie } from "@/lib/server/auth/session-cookie";

describe("isSecureCookie", () => {
  it("auto: Secure everywhere but plain http to a loopback host", () => {
    expect(isSecureCookie({ protocol: "http", hostname: "127.0.0.1" }, "auto")).toBe(false);
    expect(isSecureCookie({ protocol: "http", hostname: "localhost" }, "auto")).toBe(false);
    expect(isSecureCookie({ protocol: "http", hostname: "[::1]" }, "auto")).toBe(false);
    expect(isSecureCookie({ protocol: "https", hostname: "127.0.0.1" }, "auto")).toBe(true);
    expect(isSecureCookie({ protocol: "http", hostname: "192.168.1.20" }, "auto")).toBe(true);
    expect(isSecureCookie({ protocol: "https", hostname: "tarjuman.example" }, "auto")).toBe(true);
  });

  it("always and never mean what they say", () => {
    expect(isSecureCookie({ protocol: "http", hostname: "127.0.0.1" }, "always")).toBe(true);
    expect(isSecureCookie({ protocol: "https", hostname: "tarjuman.example" }, "never")).toBe(false);
  });

  it("warns only where auto would send a Secure cookie over plain http", () => {
    expect(wouldDropSecureCookie({ protocol: "http", hostname: "192.168.1.20" }, "auto")).toBe(true);
    expect(wouldDropSecureCookie({ protocol: "http", hostname: "localhost" }, "auto")).toBe(false);
    expect(wouldDropSecureCookie({ protocol: "https", hostname: "192.168.1.20" }, "auto")).toBe(false);
    expect(wouldDropSecureCookie({ protocol: "http", hostname: "192.168.1.20" }, "always")).toBe(false);
  });
});

describe("requestOrigin", () => {
  it("reads the protocol a proxy saw and the Host header", () => {
    const request = new Request("http://10.0.0.5:3000/api/auth/sign-in", { headers: { host: "tarjuman.example", "x-forwarded-proto": "https, http" } });
    expect(requestOrigin(request)).toEqual({ protocol: "https", hostname: "tarjuman.example" });
    expect(requestOrigin(new Request("http://127.0.0.1:3000/x"))).toEqual({ protocol: "http", hostname: "127.0.0.1" });
  });
});

describe("isLoopbackHost", () => {
  it.each([
    ["localhost", true],
    ["app.localhost", true],
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["[::1]", true],
    ["127.0.0.1.evil.example", false],
    ["localhost.evil.example", false],
    ["10.0.0.1", false],
  ])("%s → %s", (host, expected) => expect(isLoopbackHost(host)).toBe(expected));
});

describe("cookies", () => {
  it("builds the session cookie and reads one cookie from a header", () => {
    expect(sessionCookieHeader("abc", true)).toBe("tarjuman_session=abc; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure");
    expect(readCookie("theme=dark; tarjuman_session=tok-en_1; x=y", "tarjuman_session")).toBe("tok-en_1");
    expect(readCookie("xtarjuman_session=nope", "tarjuman_session")).toBeNull();
    expect(readCookie("tarjuman_session=", "tarjuman_session")).toBeNull();
    expect(readCookie(null, "tarjuman_session")).toBeNull();
  });
});
