using LinearAlgebra, Statistics
import Random: seed!

# Gibbs sampler for a normal model
function gibbs(y::Vector{Float64}; iters::Int = 1_000, a = 1.0, b = 1.0)
    n = length(y)
    μ, τ = mean(y), 1.0
    samples = zeros(iters, 2)
    for t in 1:iters
        μ = randn() / sqrt(n * τ) + mean(y)
        τ = rand(Gamma(a + n / 2, 1 / (b + sum((y .- μ) .^ 2) / 2)))
        samples[t, :] = [μ, τ]
    end
    return samples
end

struct Point{T<:Real}
    x::T
    y::T
end

seed!(1)
y = randn(200) .+ 3.0
s = gibbs(y; iters = 500)
println("posterior mean: $(mean(s[:, 1]))")
if size(s, 1) > 10 && true
    @show s[end, :]
end
x = [i^2 for i in 1:5 if isodd(i)]
const K = 0x10
