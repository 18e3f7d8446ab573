// The coordinator's back office, tried in a real browser: Debian's Chromium driven by playwright-core
// through the Swagger UI of a host started on loopback. Authorize with a coordinator key, create and
// publish a call, apply, decide on the candidate with If-Match read from the UI itself, publish the
// selection, confirm the place, and plan the group's first meeting. A screenshot of each step lands in
// SCREENSHOTS (printed by .ci/run).
import { chromium } from "playwright-core";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const base = process.env.BASE_URL ?? "http://127.0.0.1:5799";
const key = process.env.COORDINATOR_KEY;
const mailDir = process.env.MAIL_DIR;
const shots = process.env.SCREENSHOTS ?? "screenshots";
const profile = process.env.PROFILE_DIR;
if (!key || !mailDir || !profile) throw new Error("COORDINATOR_KEY, MAIL_DIR and PROFILE_DIR are required");
mkdirSync(shots, { recursive: true });

// A fresh profile each run (the --user-data-dir that Playwright passes to Chromium).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = browser.pages()[0] ?? (await browser.newPage());
page.setDefaultTimeout(20000);
let step = 0;
const shot = async (name) => page.screenshot({ path: join(shots, `${String(++step).padStart(2, "0")}-${name}.png`), fullPage: false });

// Opens one operation by its deep link, fills its parameters and body, executes it, returns status, body, headers.
async function run(tag, operationId, { params = {}, body, edit } = {}) {
  // Within the page, as a person clicks: a reload would forget the key, kept in memory only.
  const op = page.locator(`[id="operations-${tag.replace(/\s/g, "_")}-${operationId}"]`);
  if (!(await op.count())) await page.locator(`[id="operations-tag-${tag.replace(/\s/g, "_")}"]`).click();
  await op.waitFor();
  if (!(await op.locator(".opblock-body").isVisible())) await op.locator(".opblock-summary").first().click();
  const tryOut = op.locator("button.try-out__btn:not(.cancel)");
  if (await tryOut.count()) await tryOut.click();
  for (const [name, value] of Object.entries(params)) {
    // Booleans and enumerations are drop-down lists in the UI; everything else a text field.
    const row = op.locator(`tr[data-param-name="${name}"]`);
    if (await row.locator("select").count()) await row.locator("select").selectOption(String(value));
    else await row.locator("input").fill(value);
  }
  const text = op.locator("textarea.body-param__text");
  if (body !== undefined) await text.fill(typeof body === "string" ? body : JSON.stringify(body, null, 2));
  if (edit) await text.fill(edit(JSON.parse(await text.inputValue())));
  // A second run of the same operation would otherwise read the previous answer still on screen.
  const clear = op.locator("button.btn-clear");
  if (await clear.count()) {
    await clear.click();
    await op.locator(".live-responses-table").waitFor({ state: "detached" });
  }
  await op.locator("button.execute").click();
  const live = op.locator(".live-responses-table .response").first();
  await live.waitFor();
  const status = Number((await live.locator(".response-col_status").innerText()).trim());
  const payload = await live.locator(".response-col_description .highlight-code pre").first().innerText().catch(() => "");
  const headers = await live.locator(".response-col_description").innerText();
  await live.scrollIntoViewIfNeeded();
  await shot(operationId);
  return { status, body: payload.trim().startsWith("{") || payload.trim().startsWith("[") ? JSON.parse(payload) : payload, headers };
}

function day(offset) {
  return new Date(Date.now() + offset * 86400000).toISOString();
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// 1. Authorize with the coordinator key; it must not be written to localStorage.
await page.goto(`${base}/swagger/index.html`);
await page.locator("button.authorize").first().click();
const scheme = page.locator(".auth-container").filter({ hasText: "X-Api-Key" }).first();
await scheme.locator("input").fill(key);
await scheme.locator("button.authorize").click();
await shot("authorized");
await page.locator("button.btn-done").first().click();
const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
expect(!stored.includes(key), "the API key was kept in localStorage");

// 2. A call, from the example, published.
const created = await run("Inscriptions", "createCall", {
  // The example's dates are those of 2022: move them around today so that the call takes applications.
  edit: (call) => JSON.stringify({ ...call, opensAt: day(-1), closesAt: day(30), firstMeetingOn: day(60).slice(0, 10) }, null, 2),
});
expect(created.status === 201, `createCall answered ${created.status}`);
const callId = created.body.callId;
expect((await run("Inscriptions", "publishCall", { params: { callId } })).status === 200, "publishCall failed");

// 3. An application as the website sends it (the example).
const applied = await run("Inscriptions", "submitApplication", { params: { callId } });
expect(applied.status === 201, `submitApplication answered ${applied.status}`);

// 4. The board, once Selection has its copy of the candidate.
let board;
for (let i = 0; i < 20; i++) {
  board = await run("Sélection", "getCandidateBoard", { params: { callId } });
  if (board.status === 200 && board.body.items.length > 0) break;
  await page.waitForTimeout(1000);
}
expect(board.body.items.length === 1, "the candidate never reached the board");
const candidateId = board.body.items[0].candidateId;

// 5. The decision, with the ETag read in the UI's answer headers.
const read = await run("Sélection", "getCandidate", { params: { callId, candidateId } });
const etag = /etag: *(\S+)/i.exec(read.headers)?.[1];
expect(etag, `no ETag in the answer headers: ${read.headers}`);
const stale = await run("Sélection", "decideCandidate", { params: { callId, candidateId, "If-Match": '"stale"' } });
expect(stale.status === 412, `a stale If-Match answered ${stale.status}`);
const decided = await run("Sélection", "decideCandidate", { params: { callId, candidateId, "If-Match": etag } });
expect(decided.status === 200 && decided.body.decision === "accepted", `decideCandidate answered ${decided.status}`);
// The call is still open (its deadline is in 30 days): the coordinator publishes anyway, explicitly.
const early = await run("Sélection", "publishSelection", { params: { callId } });
expect(early.status === 409, `publishing while the call is open answered ${early.status}`);
expect((await run("Sélection", "publishSelection", { params: { callId, force: true } })).status === 200, "publishSelection with force failed");

// 6. The accepted person confirms from the link in her e-mail.
let token;
for (let i = 0; i < 20 && !token; i++) {
  for (const file of readdirSync(mailDir)) {
    // Bodies are quoted-printable: undo soft line breaks and the encoded "=" before reading the link.
    const text = readFileSync(join(mailDir, file), "utf8").replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const match = /confirmation\?token=([^\s"<&]+)/.exec(text);
    if (match) token = decodeURIComponent(match[1]);
  }
  if (!token) await page.waitForTimeout(1000);
}
expect(token, "no confirmation e-mail");
expect((await run("Sélection", "respondToOffer", { params: { token } })).status === 200, "respondToOffer failed");

// 7. The group's first meeting, from the example as it stands.
let groups;
for (let i = 0; i < 20; i++) {
  groups = await run("Réunions", "listGroups");
  if (groups.status === 200 && groups.body.items.some((g) => g.memberCount > 0)) break;
  await page.waitForTimeout(1000);
}
const groupId = groups.body.items[0].groupId;
const planned = await run("Réunions", "planMeeting", { params: { groupId } });
expect(planned.status === 201, `planMeeting answered ${planned.status}: ${JSON.stringify(planned.body)}`);

await browser.close();
console.log(`browser: ${step} screenshots in ${shots}`);
