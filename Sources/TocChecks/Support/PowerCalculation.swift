import Foundation

/// Sample sizes for comparing two groups, as an evaluator would check them at tender stage.
public enum PowerCalculation {
    /// The number needed in *each* of two groups to detect a change from proportion `p1` to `p2` with a two-sided
    /// test at significance `alpha` and the given power (normal approximation, without continuity correction):
    ///
    ///     n = (z(1-α/2)·√(2·p̄·(1-p̄)) + z(power)·√(p1(1-p1) + p2(1-p2)))² / (p1-p2)²
    ///
    /// For reoffending falling from 41% to 30% at α = 0.05 and 80% power this gives 296 per group.
    /// Returns nil when the proportions are equal or outside (0, 1).
    public static func perGroup(from p1: Double, to p2: Double, alpha: Double = 0.05, power: Double = 0.8) -> Int? {
        guard p1 > 0, p1 < 1, p2 > 0, p2 < 1, p1 != p2, alpha > 0, alpha < 1, power > 0, power < 1 else { return nil }
        let pooled = (p1 + p2) / 2
        let zAlpha = normalQuantile(1 - alpha / 2)
        let zBeta = normalQuantile(power)
        let numerator = zAlpha * (2 * pooled * (1 - pooled)).squareRoot() + zBeta * (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
        return Int((numerator * numerator / ((p1 - p2) * (p1 - p2))).rounded(.up))
    }

    /// The standard normal quantile (inverse CDF), by Acklam's rational approximation (relative error below 1.2e-9).
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a quantile needs a probability strictly between 0 and 1")
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                 -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                 -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - low {
            return -normalQuantile(1 - p)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
