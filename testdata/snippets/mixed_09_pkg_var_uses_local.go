n := 3
var buf = make([]int, n)
fmt.Println(len(buf), n)
