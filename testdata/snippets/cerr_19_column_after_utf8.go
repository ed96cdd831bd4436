größe := "ü"
fmt.Println(größe, größe2)
