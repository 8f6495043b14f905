// Small dense routines for the latent model. Every loop runs in a fixed order, so results are
// bit-for-bit the same on any machine running the same JavaScript engine.

/**
 * Orthonormalises the columns of a row-major rows × cols matrix in place by Cholesky QR; two
 * passes give full accuracy, one is enough between power iterations.
 */
export function orthonormalizeColumns(m: Float64Array, rows: number, cols: number, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    const gram = new Float64Array(cols * cols);
    for (let r = 0; r < rows; r++) {
      const o = r * cols;
      for (let i = 0; i < cols; i++) {
        const v = m[o + i]!;
        if (v === 0) continue;
        const g = i * cols;
        for (let j = i; j < cols; j++) gram[g + j]! += v * m[o + j]!;
      }
    }
    // Upper-triangular R with gram = Rᵀ R; a tiny ridge keeps rank-deficient inputs finite.
    let trace = 0;
    for (let i = 0; i < cols; i++) trace += gram[i * cols + i]!;
    const ridge = 1e-12 * (trace / cols + 1e-300);
    const r = new Float64Array(cols * cols);
    for (let i = 0; i < cols; i++) {
      let d = gram[i * cols + i]! + ridge;
      for (let k = 0; k < i; k++) d -= r[k * cols + i]! * r[k * cols + i]!;
      const rii = Math.sqrt(Math.max(d, ridge));
      r[i * cols + i] = rii;
      for (let j = i + 1; j < cols; j++) {
        let s = gram[i * cols + j]!;
        for (let k = 0; k < i; k++) s -= r[k * cols + i]! * r[k * cols + j]!;
        r[i * cols + j] = s / rii;
      }
    }
    // m ← m R⁻¹, row by row (forward substitution). Rᵀ is read instead of R so that the inner
    // loop walks memory in order.
    const rt = new Float64Array(cols * cols);
    for (let i = 0; i < cols; i++) for (let j = i; j < cols; j++) rt[j * cols + i] = r[i * cols + j]!;
    for (let q = 0; q < rows; q++) {
      const o = q * cols;
      for (let j = 0; j < cols; j++) {
        const t = j * cols;
        let s = m[o + j]!;
        for (let k = 0; k < j; k++) s -= m[o + k]! * rt[t + k]!;
        m[o + j] = s / rt[t + j]!;
      }
    }
  }
}

/** Eigenvalues and eigenvectors of a symmetric n × n matrix (cyclic Jacobi), largest eigenvalue first. */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = a[i * n + j]! * a[i * n + j]!;
        total += x;
        if (i !== j) off += x;
      }
    }
    if (off <= 1e-22 * total) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]! || x - y);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src]!;
  });
  return { values, vectors };
}
