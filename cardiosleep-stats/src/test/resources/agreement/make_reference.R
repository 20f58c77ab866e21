# Reference values for AgreementTest and BenjaminiHochbergTest, produced ONCE with R and committed.
#   cd cardiosleep-stats/src/test/resources/agreement && Rscript make_reference.R
# Data: a fixed small table of ECG-derived vs diary total sleep time (minutes), made up for the
# test (with one tie in each column), and fixed p-values for p.adjust(method = "BH").
fmt <- function(x) sprintf("%.17g", x)
ecg   <- c(402, 371, 455, 390, 418, 362, 440, 395, 380, 425, 398, 410)
diary <- c(420, 360, 470, 400, 430, 380, 450, 420, 370, 440, 405, 420)
write.csv(data.frame(ecg = ecg, diary = diary), "tst.data.csv", row.names = FALSE, quote = FALSE)
pe <- cor.test(ecg, diary, method = "pearson")
sp <- suppressWarnings(cor.test(ecg, diary, method = "spearman", exact = FALSE))
d <- ecg - diary
# ICC(2,1) (Shrout & Fleiss 1979) from the two-way ANOVA, written out so no package is needed
n <- length(ecg); k <- 2
long <- data.frame(v = c(ecg, diary), s = factor(rep(1:n, 2)), r = factor(rep(1:2, each = n)))
a <- anova(lm(v ~ s + r, data = long))
msr <- a["s", "Mean Sq"]; msc <- a["r", "Mean Sq"]; mse <- a["Residuals", "Mean Sq"]
icc <- (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
out <- data.frame(
  name = c("pearson_r", "pearson_p", "pearson_lo", "pearson_hi", "spearman_rho", "spearman_p",
           "bias", "sd", "icc21"),
  value = fmt(c(pe$estimate, pe$p.value, pe$conf.int[1], pe$conf.int[2], sp$estimate, sp$p.value,
                mean(d), sd(d), icc)))
write.csv(out, "tst.reference.csv", row.names = FALSE, quote = FALSE)
p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.04, 0.9, 0.001, 0.06)
write.csv(data.frame(p = fmt(p), bh = fmt(p.adjust(p, "BH"))), "bh.reference.csv", row.names = FALSE, quote = FALSE)
