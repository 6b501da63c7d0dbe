import { JoinPage } from "@/components/workshop/join-page";

/** Code entry for participants. */
export default async function Join({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  return <JoinPage code={typeof code === "string" ? code.slice(0, 12) : ""} />;
}
