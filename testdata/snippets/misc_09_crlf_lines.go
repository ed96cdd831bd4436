total := 0
for i := 1; i <= 4; i++ {
	total += i
}
fmt.Println("crlf snippet:", total)
