r := rand.New(rand.NewSource(7))
fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10), r.Int63()%1000)
fmt.Println(r.Perm(5))
// the global functions are randomly seeded since Go 1.20: only ranges are checked
x := rand.Intn(6) + 1
fmt.Println("die in range:", x >= 1 && x <= 6)
