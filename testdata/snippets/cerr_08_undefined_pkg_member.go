fmt.Println("ok")
fmt.Printn("typo")
