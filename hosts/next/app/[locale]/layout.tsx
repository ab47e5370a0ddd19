import '@vitals/react/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../host.css';

/** No favicon request (a 404 would be a console error in the checks). */
export const metadata: Metadata = { title: 'Next.js host', icons: { icon: 'data:,' } };

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <html lang={locale} dir={locale.startsWith('ar') ? 'rtl' : 'ltr'}>
      <body>{children}</body>
    </html>
  );
}
