count := 0
count = 5
fmt.Println("assigned but never read is still unused")
