# Reference GLM fits for org.cardiosleep.stats.glm.GlmTest, produced ONCE with R's glm()
# (default glm.control: epsilon 1e-8, maxit 25) and committed; the Java tests never need R.
#   cd cardiosleep-stats/src/test/resources/glm && Rscript make_reference.R
# Writes <name>.data.csv (the design columns exactly as fitted, intercept added by the test) and
# <name>.fit.csv (term, estimate, std_error, statistic, p_value) plus <name>.summary.csv
# (deviance, null deviance, AIC, residual df, dispersion). Numbers are printed with 17
# significant digits so they round-trip to the same double.
# Datasets: mtcars (Motor Trend 1974, shipped with R), Dobson (1990) "An Introduction to
# Generalized Linear Models" p.93 randomized controlled trial (the example in ?glm), and
# warpbreaks (Tippett 1950, shipped with R).
fmt <- function(x) sprintf("%.17g", x)

emit <- function(name, data, formula, family) {
  fit <- glm(formula, data = data, family = family)
  X <- model.matrix(fit)
  cols <- colnames(X)[colnames(X) != "(Intercept)"]
  y <- model.response(model.frame(fit))
  d <- data.frame(y = fmt(y))
  for (cn in cols) d[[make.names(cn)]] <- fmt(X[, cn])
  write.csv(d, paste0(name, ".data.csv"), row.names = FALSE, quote = FALSE)
  s <- summary(fit)$coefficients
  out <- data.frame(term = make.names(rownames(s)), estimate = fmt(s[, 1]), std_error = fmt(s[, 2]),
                    statistic = fmt(s[, 3]), p_value = fmt(s[, 4]))
  write.csv(out, paste0(name, ".fit.csv"), row.names = FALSE, quote = FALSE)
  summ <- data.frame(deviance = fmt(deviance(fit)), null_deviance = fmt(fit$null.deviance),
                     aic = fmt(AIC(fit)), df_residual = fit$df.residual,
                     dispersion = fmt(summary(fit)$dispersion), iterations = fit$iter)
  write.csv(summ, paste0(name, ".summary.csv"), row.names = FALSE, quote = FALSE)
  print(summary(fit))
}

emit("gaussian_mtcars", mtcars, mpg ~ wt + hp + am, gaussian())
emit("binomial_mtcars", mtcars, vs ~ mpg + wt, binomial())
dobson <- data.frame(counts = c(18, 17, 15, 20, 10, 20, 25, 13, 12),
                     outcome = gl(3, 1, 9), treatment = gl(3, 3))
emit("poisson_dobson", dobson, counts ~ outcome + treatment, poisson())
emit("poisson_warpbreaks", warpbreaks, breaks ~ wool + tension, poisson())
cat(R.version.string, "\n", file = "R_VERSION.txt")
