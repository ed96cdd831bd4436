import str "strings"
import f "fmt"

f.Println(str.Title("alias"), str.Count("cheese", "e"))
fmt.Println("fmt is still auto-imported under its own name")
