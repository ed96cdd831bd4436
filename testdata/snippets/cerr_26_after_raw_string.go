banner := `=== report ===
lines of a raw string
start at column 1`
fmt.Println(banner)
fmt.Println(bannr)
