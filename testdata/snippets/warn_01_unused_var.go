result := 42
unused := "never read"
fmt.Println("result:", result)
