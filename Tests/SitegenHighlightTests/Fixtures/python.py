import numpy as np
from scipy import stats
import matplotlib.pyplot as plt

# Fit a linear model by least squares
def fit(x, y, alpha=0.05, *, verbose=False):
    """Return slope, intercept and a confidence interval."""
    X = np.column_stack([np.ones_like(x), x])
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ beta
    sigma2 = resid.dot(resid) / (len(y) - 2)
    if verbose and sigma2 > 1e-3:
        print(f"sigma^2 = {sigma2:.3f}")
    elif sigma2 == 0:
        raise ValueError('degenerate fit')
    return beta, sigma2

class Model(object):
    def __init__(self, n: int = 100) -> None:
        self.n = n
        self.data = {"a": [1, 2, 3], 'b': None}

    @property
    def size(self):
        return len(self.data) + 0x1F

for i in range(10):
    x = np.linspace(0, 1, 50)
    y = 2.5 * x + np.random.normal(scale=0.1, size=x.shape)
    b, s = fit(x, y)
    assert isinstance(b, np.ndarray)
    while True:
        break
result = [v ** 2 for v in range(5) if v % 2 == 0]
lam = lambda t: t is not None
print(result, lam(3), True, False)
