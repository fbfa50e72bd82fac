import { createTestDatabase } from "../testing";
import { seedDemoData } from "./index";
const n = Number(process.argv[2] ?? 600);
const today = process.argv[3] ?? "2026-11-23";
const h = await createTestDatabase();
const t = performance.now();
const s = await seedDemoData(h.db, { participants: n, seed: 1, today });
console.log(n, today, "seed ms", Math.round(performance.now() - t), JSON.stringify(s.counts));
await h.close();
