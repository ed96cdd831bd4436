// rand is declared by the snippet, so it is not the math/rand package
func rand() int { return 4 }

fmt.Println(rand(), rand.Intn(3))
