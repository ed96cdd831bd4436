import str "strings"

fmt.Println("alias never used")
