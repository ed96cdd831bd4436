a := 1; b := 2; fmt.Println(a + b)
for i := 0; i < 3; i++ { fmt.Print(i) }; fmt.Println()
if a < b { fmt.Println("a < b") } else { fmt.Println("a >= b") }
