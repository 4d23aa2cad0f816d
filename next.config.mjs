/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Lets several dev servers share one checkout (NEXT_DIST_DIR=.next-dev npx next dev -p 3101).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // forbidden() from next/navigation: a role too low for a page gets a real 403 (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  typescript: {
    // `npm test` runs `tsc --noEmit` over the whole repository; the build need not do it twice.
    ignoreBuildErrors: true,
  },
};

export default nextConfig;
