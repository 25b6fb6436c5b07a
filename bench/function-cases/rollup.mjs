// OKR_ROLLUP as the template calls it: the Objectives' IDs, then the Key Results' Objective,
// Grade and Weight columns. A few objectives have no key results (parents of others); a few
// key results carry a bad grade or weight, which makes their objective's cell an error.
import { BAD, BLANK, GOOD, column, typedPercent } from '../cells.mjs';
import { nearNumbers } from '../check.mjs';
import { randomIndex } from '../random.mjs';

/** A child's weight cell and its number: mostly blank (1), sometimes typed. */
function weightCell(random) {
  const roll = random();
  if (roll < 0.7) return ['', 1];
  const weight = 1 + randomIndex(random, 5);
  return [roll < 0.9 ? weight : String(weight), weight];
}

/** A child's grade cell and its number: OKR_GRADE's output, a typed percentage, or blank (0). */
function gradeCell(random) {
  const roll = random();
  if (roll < 0.1) return ['', 0];
  if (roll < 0.2) {
    const percent = randomIndex(random, 101);
    return [typedPercent(percent, random), percent / 100];
  }
  const grade = Math.min(1, random() * 1.1);
  return [grade, grade];
}

export const rollupCase = {
  name: 'OKR_ROLLUP',
  sizes: { full: { objectives: 500, keyResults: 10_000 }, quick: { objectives: 20, keyResults: 400 } },
  describe: ({ objectives, keyResults }) => `${objectives.toLocaleString('en-US')} objectives, ${keyResults.toLocaleString('en-US')} KRs`,
  prepare({ objectives, keyResults }, random) {
    // The last few objectives are parents without key results of their own.
    const withChildren = objectives - Math.max(1, Math.floor(objectives / 50));
    const ids = Array.from({ length: objectives }, (_, i) => `O${i + 1}`);
    const kinds = new Uint8Array(objectives).fill(BLANK);
    const cells = [[], [], []];
    const parent = new Int32Array(keyResults);
    const grade = new Float64Array(keyResults);
    const weight = new Float64Array(keyResults);
    for (let r = 0; r < keyResults; r++) {
      const roll = random();
      // One key result in 500 is bad, at fixed rows so that a small run has one too.
      const bad = r % 500 === 7;
      const badGrade = bad && r % 1000 === 7;
      if (roll < 0.01 && !bad) {
        cells[0].push('');
        cells[1].push('');
        cells[2].push('');
        parent[r] = -1;
        continue;
      }
      const p = randomIndex(random, withChildren);
      parent[r] = p;
      // IDs match trimmed and in any case; a few are typed that way.
      cells[0].push(roll < 0.02 ? ` o${p + 1} ` : ids[p]);
      const [gradeValue, gradeNumber] = gradeCell(random);
      const [weightValue, weightNumber] = weightCell(random);
      cells[1].push(badGrade ? 'Error: OKR_GRADE: current "abc" is not a number' : gradeValue);
      cells[2].push(bad && !badGrade ? 'heavy' : weightValue);
      grade[r] = gradeNumber;
      weight[r] = weightNumber;
      if (bad) kinds[p] = BAD;
      else if (kinds[p] === BLANK) kinds[p] = GOOD;
    }
    ids[objectives - 1] = '';
    kinds[objectives - 1] = BLANK;
    const [idsCol, parentCol, gradeCol, weightCol] = [ids, ...cells].map(column);
    const weighted = new Float64Array(objectives);
    const total = new Float64Array(objectives);
    const expected = new Float64Array(objectives);
    return {
      kinds,
      call: (fns) => fns.OKR_ROLLUP(idsCol, parentCol, gradeCol, weightCol),
      reference() {
        weighted.fill(0);
        total.fill(0);
        for (let i = 0; i < keyResults; i++) {
          const p = parent[i];
          if (p < 0) continue;
          weighted[p] += weight[i] * grade[i];
          total[p] += weight[i];
        }
        for (let j = 0; j < objectives; j++) expected[j] = total[j] > 0 ? weighted[j] / total[j] : NaN;
        return expected;
      },
      matches: nearNumbers(expected),
    };
  },
};
