export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __THIDUA_PG__?: { stop(): Promise<void> } }).__THIDUA_PG__?.stop();
}
