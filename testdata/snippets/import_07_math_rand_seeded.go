import "math/rand"

r := rand.New(rand.NewSource(42))
for i := 0; i < 5; i++ {
	fmt.Print(r.Intn(100), " ")
}
fmt.Println()
xs := []int{1, 2, 3, 4, 5, 6}
r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
fmt.Println(xs, r.Float64() < 1)
