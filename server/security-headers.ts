import crypto from "node:crypto";

/**
 * The security headers of every response (SECURITY.md says why each is there).
 * The Content-Security-Policy allows scripts only from this origin and inline
 * scripts only with the response's nonce: Next.js reads the nonce from the
 * request's own `content-security-policy` header and puts it on every script
 * it writes, so a script injected into the page (which cannot know the nonce)
 * does not run. Styles may be inline: React writes `style` attributes.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce: 144 random bits, in the characters a CSP nonce allows. */
export function newNonce(): string {
  return crypto.randomBytes(18).toString("base64url");
}

export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** Once a browser has reached the tracker over https, it never tries plain http again. */
export const HTTPS_ONLY_HEADER = ["Strict-Transport-Security", "max-age=31536000"] as const;
