import { JoinPage } from "@/components/workshop/join-page";

/** A join link (shared by QR code or message): the join screen with the code filled in. */
export default async function JoinLink({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <JoinPage code={decodeURIComponent(code).slice(0, 12)} />;
}
