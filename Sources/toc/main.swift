print("toc")
