var retries int = "three"

fmt.Println(retries)
