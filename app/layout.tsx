import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/workshop/site-header";
import { currentFacilitator } from "@/lib/auth/options";
import "./globals.css";

export const metadata: Metadata = {
  title: "CSEI Studio",
  description: "Live co-creation workshops for Clusters of Social and Ecological Innovation",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The root layout: language, messages and the site header. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const user = await currentFacilitator();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <SiteHeader signedIn={user !== null} />
          <main id="main" className="mx-auto w-full max-w-6xl px-3 pb-16 pt-4 sm:px-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
