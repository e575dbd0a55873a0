library(ggplot2)
library(dplyr)

# Simulate data and fit a model
set.seed(42)
n <- 100
df <- data.frame(x = rnorm(n), g = sample(c("a", "b"), n, replace = TRUE))
df$y <- 2 * df$x + 0.5 + rnorm(n, sd = 0.3)

fit <- lm(y ~ x + g, data = df)
summary(fit)

df %>%
  group_by(g) %>%
  summarise(mean_y = mean(y), sd_y = sd(y)) -> stats

f <- function(x, k = 2L) {
  if (is.null(x) || length(x) == 0) {
    return(NA)
  } else if (k > 1) {
    x <- x^k
  }
  for (i in seq_along(x)) {
    x[i] <- x[i] / 1e3
  }
  x
}

ggplot(df, aes(x = x, y = y, colour = g)) +
  geom_point(alpha = 0.5) +
  geom_smooth(method = "lm", se = FALSE) +
  theme_minimal()
print(paste0("n = ", nrow(df), '!'), quote = FALSE)
