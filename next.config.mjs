import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel builds in one checkout (e.g. two engineers' e2e runs) each use their own NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // The build must not reach the network (STYLE.md §13): no remote fonts or images.
  images: { unoptimized: true },
};

export default withNextIntl(nextConfig);
