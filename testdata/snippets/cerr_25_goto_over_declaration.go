x := 1
goto done
y := 2
done:
fmt.Println(x, y)
