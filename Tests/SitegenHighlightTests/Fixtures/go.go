package main

import (
	"fmt"
	"math"
	"sort"
)

// Stats holds summary statistics.
type Stats struct {
	Mean, Std float64
	N         int
}

func summarize(xs []float64) (Stats, error) {
	if len(xs) == 0 {
		return Stats{}, fmt.Errorf("empty input")
	}
	var sum, sq float64
	for _, x := range xs {
		sum += x
		sq += x * x
	}
	n := float64(len(xs))
	mean := sum / n
	return Stats{Mean: mean, Std: math.Sqrt(sq/n - mean*mean), N: len(xs)}, nil
}

func main() {
	xs := []float64{3.5, 1.25, 2, 1e3}
	sort.Float64s(xs)
	s, err := summarize(xs)
	if err != nil {
		panic(err)
	}
	go func() { fmt.Println("done", true) }()
	fmt.Printf("%+v\n", s)
}
